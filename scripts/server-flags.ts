// The V8 flags `npm start` runs the server with (package.json's start script, which a unit test
// holds to this list), for the benchmarks that start a server of their own: small young-generation
// semispaces, and an old generation that grows by a fifth before a full collection instead of
// V8's own factor of up to four (`npm run bench:heap` measures both against V8's defaults).
export const SERVER_V8_FLAGS = ["--max-semi-space-size=2", "--heap-growing-percent=20"];
