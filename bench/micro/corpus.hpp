// Deterministic inputs for the micro-benchmarks, generated in-process (the same shapes as
// bench/gen_corpus.py): create-job files of 1-4 KB, YAML jobs and NDJSON catalog records.
#pragma once

#include <cstddef>
#include <string>

namespace ijl::bench {

// A create-job request pretty-printed as JSON. `mistakes` puts in the five mistakes of
// gen_corpus.py at once (precision, increment factor, expiry, timeout, a misspelt jobId).
std::string create_job_json(std::size_t seed, bool mistakes);

// The same request as block-style YAML.
std::string create_job_yaml(std::size_t seed);

// `records` catalog records, one a line; every 50th has a mistake (2%, as in gen_corpus.py).
std::string catalog_ndjson(std::size_t records);

}  // namespace ijl::bench
