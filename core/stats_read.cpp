#include "core/stats_read.h"

#include "core/my_bookings_update.h"

namespace khiw {

namespace {

HttpRequest get(Reply reply, std::string path, std::string context, const std::string& bearer) {
  HttpRequest request = http_get(reply, std::move(path), std::move(context));
  request.bearer = bearer;
  return request;
}

}  // namespace

HttpRequest read_stats(StatsRead& r, const std::string& path, const std::string& bearer) {
  r.status = LoadStatus::Loading;
  r.error.clear();
  r.path = path;
  return get(Reply::Stats, path, path, bearer);
}

std::vector<Effect> download_stats_csv(StatsRead& r, const std::string& filename, const std::string& bearer) {
  if (!r.csv_file.empty() || r.path.empty()) return {};
  r.csv_file = filename;
  r.csv_error.clear();
  return {get(Reply::StatsCsv, r.path + "&format=csv", filename, bearer)};
}

std::vector<Effect> apply_stats_reply(StatsRead& r, bool csv, int status, const std::string& body,
                                      const std::string& context) {
  if (csv) {
    if (r.csv_file.empty() || context != r.csv_file) return {};
    r.csv_file.clear();
    if (status == 200) return {DownloadFile{context, "text/csv", body}};
    r.csv_error = error_code_or_network(status, body);
    return {};
  }
  if (context != r.path || r.status != LoadStatus::Loading) return {};
  if (status != 200) {
    r.status = LoadStatus::Failed;
    r.error = error_code_or_network(status, body);
    return {};
  }
  try {
    r.report = stats_from_json(body);
    r.status = LoadStatus::Ready;
  } catch (const std::invalid_argument&) {
    r.status = LoadStatus::Failed;
    r.error = "internal";
  }
  return {};
}

}  // namespace khiw
