/**
 * Within a burst of input, it must rest this long before a run starts, so a slider moved by a held
 * key or a drag never shares the CPU with the workers (the Monte Carlo's and the analysis's). It must outlast the gap between two steps of
 * one gesture: key repeat is 25–30 a second on Windows and X11 (33–40 ms), a drag 60 a second. At
 * 30 ms the bands started between the repeats of a held key and the page's answer to the next one
 * waited for a core (two cores: p95 8.3–13.3 ms against 5.4–7.6 ms at 60–100 ms, bench:web with
 * keys ~50 ms apart). The first bands still come within 150 ms of a burst's last input (80 ms and a
 * ~45 ms first pass). A lone input (a key press, a click: none in the 150 ms before) starts at once.
 */
export const QUIET_MS = 80;
