#include "core/open_data.h"

namespace khiw {

namespace {

struct OpenDataStep {
  OpenDataView& v;
  Navigation& nav;
  UnixSeconds now;

  std::string date() const { return iso_date(open_data_date(v.day, now)); }

  std::vector<Effect> read() const {
    v.office.clear();
    return {read_stats(v.read, "/api/open-data/daily?date=" + date(), "")};
  }

  std::vector<Effect> operator()(const OpenOpenData&) const {
    v.day = OpenDataDay::Today;
    go_to(nav, Screen::OpenData);
    return read();
  }

  std::vector<Effect> operator()(const ChooseOpenDataDay& i) const {
    v.day = i.day;
    return read();
  }

  std::vector<Effect> operator()(const ChooseOpenDataOffice& i) const {
    v.office = v.office == i.office ? "" : i.office;
    return {};
  }

  // The API's file name: khiw-open-data-<date>.csv.
  std::vector<Effect> operator()(const DownloadOpenDataCsv&) const {
    return download_stats_csv(v.read, "khiw-open-data-" + date() + ".csv", "");
  }
};

}  // namespace

Date open_data_date(OpenDataDay day, UnixSeconds now) {
  const Date today = bkk_date(now);
  return day == OpenDataDay::Today ? today : add_days(today, -1);
}

std::vector<Effect> apply_open_data_intent(OpenDataView& v, Navigation& nav, UnixSeconds now,
                                           const OpenDataIntent& intent) {
  return std::visit(OpenDataStep{v, nav, now}, intent);
}

}  // namespace khiw
