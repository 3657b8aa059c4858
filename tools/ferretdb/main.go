// Command ferretdb runs FerretDB's embeddable server with the SQLite backend.
//
// FerretDB's own command panics at start when built with `go install` (its version
// package wants a generated file that only its release build provides); the
// embeddable package has no such need.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dataDir := flag.String("data", "", "directory for the SQLite files (created if missing)")
	flag.Parse()

	if *dataDir == "" {
		log.Fatal("-data is required")
	}
	dir, err := filepath.Abs(*dataDir)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	// FerretDB requires the SQLite URL to name a directory, with a trailing slash.
	url := "file:" + strings.TrimSuffix(dir, "/") + "/"

	server, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: url,
	})
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	go func() {
		// The parent process waits for this line before it pings.
		fmt.Println("listening", server.MongoDBURI())
	}()
	if err := server.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatal(err)
	}
}
