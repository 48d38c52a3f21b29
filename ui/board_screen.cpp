#include "ui/board_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/thai_shaping.h"
#include "ui/fonts.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// Thai and English side by side: the hall reads one or the other.
std::string both(Msg m) { return std::string(tr(m, Lang::Th)) + " · " + std::string(tr(m, Lang::En)); }
std::string both_n(Msg m, std::string_view n) {
  return tr_fill(m, Lang::Th, "{n}", n) + " · " + tr_fill(m, Lang::En, "{n}", n);
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// Writes lines of text into a box: a line wider than the box is drawn smaller to fit (never clipped), and
// a line that would pass the box's bottom is left out. Each line drawn is recorded under its id.
struct Box {
  ImDrawList* dl;
  float left, right, bottom;
  UiOutput& out;

  // The line's top-left x for `width`, from the left or flush right.
  float x_for(float width, bool flush_right) const { return flush_right ? right - width : left; }

  // Draws `text` (unshaped) at `y` (whole pixels), at `size` px (0: the font's own); returns its height
  // rounded up, or 0 when it did not fit.
  float line(ImFont* font, float y, ImU32 colour, const std::string& text, const std::string& id,
             bool flush_right = false, float size = 0) const {
    const std::string shaped = shape_thai(text);
    if (size <= 0) size = font->FontSize;
    ImVec2 extent = font->CalcTextSizeA(size, 1e9f, 0, shaped.c_str());
    if (extent.x > right - left) {
      size *= (right - left) / extent.x;
      extent = font->CalcTextSizeA(size, 1e9f, 0, shaped.c_str());
    }
    if (y + extent.y > bottom) return 0;
    const ImVec2 at(std::floor(x_for(extent.x, flush_right)), std::floor(y));
    dl->PushTextureID(font->ContainerAtlas->TexID);  // the large face has an atlas of its own
    dl->AddText(font, size, at, colour, shaped.c_str());
    dl->PopTextureID();
    record_rect(out, id, at, extent, text);
    return std::ceil(extent.y);
  }
};

UnixSeconds newest_call(const Board& b) {
  UnixSeconds newest = 0;
  for (const BoardSection& s : b.sections)
    for (const BoardCall& c : s.serving) newest = std::max(newest, c.at);
  return newest;
}

// One call in a row `row_h` tall: the ticket large on the left, its counter on the right, the hall's
// newest call highlighted.
float draw_call(const Box& box, float y, float row_h, float pad, const BoardCall& c, bool newest, const std::string& id) {
  ImFont* big = large_font();
  if (y + row_h > box.bottom) return 0;
  if (newest) box.dl->AddRectFilled(ImVec2(box.left - pad, y), ImVec2(box.right + pad, y + row_h), palette::kSelected);
  const std::string counter = both_n(Msg::BoardCounter, std::to_string(c.counter));
  ImFont* font = ImGui::GetFont();
  const float counter_w = font->CalcTextSizeA(font->FontSize, 1e9f, 0, shape_thai(counter).c_str()).x;
  // The ticket gets what the counter leaves; the counter at most half the row.
  const float split = box.right - std::min(counter_w, (box.right - box.left) / 2);
  Box ticket{box.dl, box.left, split - pad, y + row_h, box.out};
  ticket.line(big, y, palette::kBlack, c.ticket, id + "_ticket_" + c.ticket, false, std::floor(row_h / 1.1f));
  Box right{box.dl, split, box.right, y + row_h, box.out};
  right.line(font, y + (row_h - font->FontSize) / 2, palette::kAccent, counter, id + "_counter_" + c.ticket, true);
  return row_h;
}

void draw_section(const AppState& state, const BoardSection& s, UnixSeconds newest, ImVec2 min, ImVec2 max, float pad,
                  UiOutput& out) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* font = ImGui::GetFont();
  const std::string id = "board_" + s.section_id;
  dl->AddRectFilled(min, max, palette::kCard, pad / 2);
  dl->AddRect(min, max, palette::kCardBorder, pad / 2);
  const Box box{dl, min.x + pad, max.x - pad, max.y - pad / 2, out};
  float y = std::floor(min.y + pad / 2);
  y += box.line(font, y, palette::kAccent, section_name(state.ref.catalog, s.section_id, Lang::Th), id + "_name_th");
  y += box.line(font, y, palette::kAccent, section_name(state.ref.catalog, s.section_id, Lang::En), id + "_name_en");
  y += box.line(font, y, palette::kMuted, both(Msg::BoardNowServing), id + "_serving");
  std::vector<std::pair<Msg, std::string>> rows;
  if (!s.next.empty()) rows.push_back({Msg::BoardNext, joined(s.next, "  ")});
  if (!s.paused.empty()) {
    std::vector<std::string> counters;
    for (const int c : s.paused) counters.push_back(std::to_string(c));
    rows.push_back({Msg::BoardPaused, both_n(Msg::BoardCounter, joined(counters, ", "))});
  }
  if (!s.missed.empty()) rows.push_back({Msg::BoardMissed, joined(s.missed, "  ")});
  // Every call must show: when they do not all fit at full size beside the lines under them, the rows
  // shrink (down to a little over the text size) before anything else is left out.
  const float full_row = std::floor(large_font()->FontSize * 1.1f);
  const float under = static_cast<float>(rows.size()) * 2 * std::ceil(font->FontSize) + pad;
  const float room = box.bottom - y - under;
  const float row_h = s.serving.empty() ? full_row
                                        : std::clamp(std::floor(room / static_cast<float>(s.serving.size())),
                                                     std::ceil(font->FontSize * 1.2f), full_row);
  for (const BoardCall& c : s.serving) y += draw_call(box, y, row_h, pad, c, c.at == newest, id);
  y += std::floor(pad / 2);
  for (const auto& [label, value] : rows) {
    const std::string row_id = id + (label == Msg::BoardNext ? "_next" : label == Msg::BoardPaused ? "_paused" : "_missed");
    const float label_h = box.line(font, y, palette::kMuted, both(label), row_id + "_label");
    if (label_h == 0) break;
    y += label_h;
    y += box.line(font, y, label == Msg::BoardMissed ? palette::kError : palette::kBlack, value, row_id) + std::floor(pad / 4);
  }
}

// The office on the left; the connection and the Bangkok time on the right. Returns the bar's bottom.
float draw_top_bar(const AppState& state, ImVec2 min, float width, float pad, UiOutput& out) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* font = ImGui::GetFont();
  const BoardView& v = state.board;
  const float y = min.y + pad / 2;
  const float bottom = y + font->FontSize * 1.3f;
  const std::string clock = format_clock(bkk_minute_of_day(state.now));
  const Box all{dl, min.x + pad, min.x + width - pad, bottom, out};
  const float clock_w = font->CalcTextSizeA(font->FontSize, 1e9f, 0, clock.c_str()).x;
  all.line(font, y, palette::kBlack, clock, "board_clock", true);
  const bool live = board_live(v);
  const std::string status = both(live ? Msg::BoardLive : Msg::BoardLost);
  const float status_w = std::min(font->CalcTextSizeA(font->FontSize, 1e9f, 0, shape_thai(status).c_str()).x,
                                  width / 2 - clock_w - 2 * pad);
  const float status_right = all.right - clock_w - pad;
  if (!live)
    dl->AddRectFilled(ImVec2(status_right - status_w - pad / 2, min.y), ImVec2(status_right + pad / 2, bottom + pad / 2),
                      palette::kWarning);
  Box{dl, status_right - status_w, status_right, bottom, out}.line(font, y, live ? palette::kOk : palette::kError, status,
                                                                     "board_connection", true);
  const std::string office = office_name(state.ref, v.office, Lang::Th) + " · " + office_name(state.ref, v.office, Lang::En);
  Box{dl, all.left, status_right - status_w - 2 * pad, bottom, out}.line(font, y, palette::kAccent, office, "board_office");
  return bottom + pad / 2;
}

}  // namespace

void draw_board_screen(const AppState& state, UiOutput& out) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImVec2 min = viewport->WorkPos;
  const float width = viewport->WorkSize.x, height = viewport->WorkSize.y;
  const float pad = std::round(ImGui::GetFontSize() * 0.6f);
  const float top = draw_top_bar(state, min, width, pad, out);
  const BoardView& v = state.board;
  if (!v.board || v.board->sections.empty()) {
    const Box box{ImGui::GetWindowDrawList(), min.x + pad, min.x + width - pad, min.y + height, out};
    box.line(ImGui::GetFont(), top + pad, palette::kMuted, both(v.board ? Msg::BoardNoLine : Msg::BoardLoading), "board_empty");
    return;
  }
  const Board& b = *v.board;
  const int n = static_cast<int>(b.sections.size());
  // Panels at least 14 text heights wide, in as few rows as fit; more sections than that share a row.
  const int fit = std::max(1, static_cast<int>((width - pad) / (ImGui::GetFontSize() * 14 + pad)));
  const int rows = std::min((n + fit - 1) / fit, 2);
  const int columns = (n + rows - 1) / rows;
  const float panel_w = (width - pad * static_cast<float>(columns + 1)) / static_cast<float>(columns);
  const float panel_h = (min.y + height - top - pad * static_cast<float>(rows + 1)) / static_cast<float>(rows);
  const UnixSeconds newest = newest_call(b);
  for (int i = 0; i < n; ++i) {
    const float x = min.x + pad + static_cast<float>(i % columns) * (panel_w + pad);
    const float y = top + pad + static_cast<float>(i / columns) * (panel_h + pad);
    draw_section(state, b.sections[static_cast<size_t>(i)], newest, ImVec2(x, y), ImVec2(x + panel_w, y + panel_h), pad,
                 out);
  }
}

}  // namespace khiw::ui
