// The reporter of each format (one file each); make_reporter in report.cpp picks one.
#pragma once

#include <memory>
#include <vector>

#include "report.hpp"

namespace ijl {

std::unique_ptr<Reporter> make_text_reporter(const ReportOptions& options);
std::unique_ptr<Reporter> make_concise_reporter();
std::unique_ptr<Reporter> make_json_reporter(const ReportOptions& options);
std::unique_ptr<Reporter> make_json_lines_reporter();
std::unique_ptr<Reporter> make_sarif_reporter(const ReportOptions& options, std::vector<const RuleInfo*> rules);
std::unique_ptr<Reporter> make_gitlab_reporter(const ReportOptions& options);
std::unique_ptr<Reporter> make_junit_reporter(const ReportOptions& options);

// Appends `s` as a JSON string; bytes that are not UTF-8 (file names, IJ001 on a non-UTF-8
// file) become U+FFFD instead of failing the whole report. Shared by the JSON formats.
void put_json_string(std::string& out, std::string_view s);

}  // namespace ijl
