#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include "shell/text_input.h"

namespace {

khiw::shell::TextInputEvents g_events;  // the page has one hidden input, hence one listener
std::string g_published;                // last fields sent to the page
// Whether the page's bridge holds no field and no focus, as it starts: most screens have no text field,
// and then a frame builds and sends nothing.
bool g_published_none = true;

// text_bridge.js is loaded before khiw.js (its key listeners must come before GLFW's); this hands it
// the two callbacks into C++.
EM_JS(void, khiw_text_bridge_connect, (), {
  const bridge = window["khiwTextBridge"];
  if (!bridge) return;
  function withStrings(a, b, call) {
    const na = lengthBytesUTF8(a) + 1, nb = lengthBytesUTF8(b) + 1;
    const pa = _malloc(na), pb = _malloc(nb);
    stringToUTF8(a, pa, na);
    stringToUTF8(b, pb, nb);
    call(pa, pb);
    _free(pa);
    _free(pb);
  }
  bridge["connect"]({
    "focus": function(field) { withStrings(field, "", function(f) { _khiw_text_focus(f); }); },
    "edit": function(field, value) { withStrings(field, value, _khiw_text_edit); },
  });
});

EM_JS(void, khiw_text_bridge_update, (const char* json), {
  const bridge = window["khiwTextBridge"];
  if (bridge) bridge["update"](JSON.parse(UTF8ToString(json)));
});

// Sends the fields and the focus to the page unless it has them already. A function of its own, not inlined
// into text_input_sync(): the browser compiles a function whole at its first call, and the first frame,
// which has nothing to send, compiled this JSON building with it (about 2 ms before the first frame).
[[gnu::noinline]] void publish(const std::vector<khiw::ui::TextFieldInfo>& fields, khiw::Field focused,
                               float pixel_ratio, bool none) {
  nlohmann::json list = nlohmann::json::array();
  const float r = pixel_ratio;
  for (const khiw::ui::TextFieldInfo& f : fields)
    list.push_back({{"id", f.rect.id},
                    {"x", f.rect.x / r},
                    {"y", f.rect.y / r},
                    {"w", f.rect.w / r},
                    {"h", f.rect.h / r},
                    {"value", f.value},
                    {"inputmode", f.inputmode},
                    {"max", f.max_length}});
  const nlohmann::json update = {
      {"focused", focused == khiw::Field::None ? "" : std::string(khiw::field_name(focused))}, {"fields", list}};
  std::string json = update.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (json == g_published) return;
  g_published = std::move(json);
  g_published_none = none;
  khiw_text_bridge_update(g_published.c_str());
}

khiw::Field field_or_none(const char* name) { return khiw::field_from_name(name).value_or(khiw::Field::None); }

}  // namespace

// After a tap or an edit the page is told core's answer even if nothing it sees changed (core may have
// refused the focus), so the input never stays focused for a field core does not consider focused.
extern "C" EMSCRIPTEN_KEEPALIVE void khiw_text_focus(const char* field) {
  g_published.clear();
  g_published_none = false;
  if (g_events.focus) g_events.focus(field_or_none(field));
}

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_text_edit(const char* field, const char* value) {
  g_published.clear();
  g_published_none = false;
  const khiw::Field f = field_or_none(field);
  if (f != khiw::Field::None && g_events.edit) g_events.edit(f, value);
}

namespace khiw::shell {

void text_input_start(TextInputEvents events) {
  g_events = std::move(events);
  khiw_text_bridge_connect();
}

void text_input_sync(const std::vector<ui::TextFieldInfo>& fields, Field focused, float pixel_ratio) {
  const bool none = fields.empty() && focused == Field::None;
  if (none && g_published_none) return;
  publish(fields, focused, pixel_ratio, none);
}

}  // namespace khiw::shell
