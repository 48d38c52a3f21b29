#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include "shell/test_probe.h"

namespace {

EM_JS(void, khiw_publish_probe, (const char* json), { window["khiw"] = JSON.parse(UTF8ToString(json)); });

const char* status_name(khiw::LoadStatus s) {
  switch (s) {
    case khiw::LoadStatus::Idle: return "idle";
    case khiw::LoadStatus::Loading: return "loading";
    case khiw::LoadStatus::Ready: return "ready";
    case khiw::LoadStatus::Failed: return "failed";
  }
  return "?";
}

}  // namespace

namespace khiw::shell {

void publish_test_probe(const AppState& state, const ui::UiOutput& frame, long frame_number, float pixel_ratio) {
  nlohmann::json widgets = nlohmann::json::object();
  // Rectangles in CSS pixels, which is what a test's mouse speaks.
  const float r = pixel_ratio;
  for (const auto& w : frame.widgets) widgets[w.id] = {w.x / r, w.y / r, w.w / r, w.h / r};
  nlohmann::json offices = nlohmann::json::array();
  for (const Office& o : state.offices) offices.push_back(o.code);
  const nlohmann::json probe = {
      {"ready", state.offices_status == LoadStatus::Ready && frame_number > 0},
      {"frame", frame_number},
      {"lang", lang_code(state.lang)},
      {"offices_status", status_name(state.offices_status)},
      {"offices", offices},
      {"selected_office", state.selected_office},
      {"widgets", widgets},
  };
  khiw_publish_probe(probe.dump().c_str());
}

}  // namespace khiw::shell
