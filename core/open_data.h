// The open-data page (/#open-data, public, no login): one day's figures of the 50 offices from
// GET /api/open-data/daily?date= (today or yesterday, Bangkok), an office's sections when it is tapped, and
// the day as a CSV download. Office bundle only (core/office_part.h).
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/navigation.h"
#include "core/stats_read.h"

namespace khiw {

inline constexpr const char* kOpenDataRoute = "open-data";

enum class OpenDataDay { Today, Yesterday };

struct OpenDataView {
  OpenDataDay day = OpenDataDay::Today;
  std::string office;  // the office whose sections show ("" = none)
  StatsRead read;
  bool operator==(const OpenDataView&) const = default;
};

struct OpenOpenData {};  // the start screen's link, or the page's route
struct ChooseOpenDataDay { OpenDataDay day = OpenDataDay::Today; };
struct ChooseOpenDataOffice { std::string office; };  // the office shown again closes it
struct DownloadOpenDataCsv {};
using OpenDataIntent = std::variant<OpenOpenData, ChooseOpenDataDay, ChooseOpenDataOffice, DownloadOpenDataCsv>;

Date open_data_date(OpenDataDay day, UnixSeconds now);
std::vector<Effect> apply_open_data_intent(OpenDataView& v, Navigation& nav, UnixSeconds now,
                                           const OpenDataIntent& intent);

}  // namespace khiw
