// A statistics report read from the server for one screen (the director's summary, the open data), and
// the same figures as a CSV file to download (docs/API.md, Statistics). Office bundle only.
#pragma once
#include <string>
#include <vector>

#include "core/day_stats.h"
#include "core/effects.h"
#include "core/reference_state.h"

namespace khiw {

struct StatsRead {
  LoadStatus status = LoadStatus::Idle;
  StatsReport report;        // Ready: the figures asked for last
  std::string error;         // Failed: the server's code, or "network"
  std::string path;          // the report asked for last: an answer for another is stale
  std::string csv_file;      // the CSV on its way, by the name it is saved under ("" = none)
  std::string csv_error;     // the last CSV download failed: why
  bool operator==(const StatsRead&) const = default;
};

// GET `path` (`bearer`: a staff session token, or empty for public figures).
HttpRequest read_stats(StatsRead& r, const std::string& path, const std::string& bearer);
// The same report as CSV (`&format=csv`), downloaded as `filename`; nothing while one is on its way.
std::vector<Effect> download_stats_csv(StatsRead& r, const std::string& filename, const std::string& bearer);
// A Reply::Stats (csv false) or Reply::StatsCsv answer; `context` is the path or the file name it was
// asked with, so only the read that asked takes it. The CSV becomes a DownloadFile.
std::vector<Effect> apply_stats_reply(StatsRead& r, bool csv, int status, const std::string& body,
                                      const std::string& context);

}  // namespace khiw
