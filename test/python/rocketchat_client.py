"""Drives the gateway with the python rocketchat-API client in password mode, as a monitoring script would.

Usage: rocketchat_client.py SERVER_URL USER PASSWORD
Prints one JSON object: what statistics() and statistics_list() returned, then logs out.
"""

import json
import sys

from rocketchat_API.rocketchat import RocketChat


def main() -> None:
    server_url, user, password = sys.argv[1:4]
    rocket = RocketChat(user, password, server_url=server_url)
    statistics = rocket.statistics()
    listed = list(rocket.statistics_list(count=2))
    logout = rocket.logout()
    print(
        json.dumps(
            {
                "userId": rocket.headers["X-User-Id"],
                "authToken": rocket.headers["X-Auth-Token"],
                "statistics": statistics,
                "listed": listed,
                "logout": logout,
            }
        )
    )


if __name__ == "__main__":
    main()
