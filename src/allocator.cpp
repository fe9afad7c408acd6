// jemalloc's settings, read when it starts; linked with jemalloc into the companion,
// iotjob-lint-simdjson (CMakeLists.txt). retain:false gives unused address space back:
// kept, the doublings of a buffer read up to the 256 MiB cap ran out of a 1 GiB
// `ulimit -v`. Freed pages go back after 100 ms instead of 10 s: the blocks of findings of
// an NDJSON audit are freed as they are written, and kept pages made peak memory grow with
// the findings.
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's
const char* malloc_conf = "retain:false,dirty_decay_ms:100,muzzy_decay_ms:0";
}
