// The colours Rocket.Chat's dashboard charts use, by their @rocket.chat/fuselage-tokens colors.json
// names, as hex: nivo computes borders and hovers from them, which CSS variables would defeat.
export const palette = {
  bar: '#9f22c7', // p500
  dau: '#d1ebfe', // b200
  wau: '#76b7fc', // b300
  mau: '#156ff5', // b500
  heat: ['#f9effc', '#edd0f7', '#dca0ef', '#ca71e7', '#9f22c7', '#7f1b9f', '#5f1477'], // p100 … p700
  tick: '#9ea2a8', // n600
  origin: { c: '#9f22c7', p: '#2de0a5', d: '#ffd031' }, // p500, s500 (g500), w500 (y500)
};

/** nivo's axis text as Rocket.Chat sets it: Inter, 10 px, semibold. */
export const chartTheme = {
  text: { fontFamily: 'Inter, -apple-system, system-ui, "Segoe UI", Roboto, sans-serif', fontSize: 10 },
  axis: { ticks: { text: { fill: palette.tick, fontWeight: 600 } } },
};
