#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

#include "core/thai_shaping.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"

namespace khiw::ui {

namespace {

ImVec2 text_size(const std::string& shaped, float wrap_width) {
  return ImGui::CalcTextSize(shaped.data(), shaped.data() + shaped.size(), false, wrap_width);
}

void draw_text(ImDrawList* dl, ImVec2 pos, ImU32 colour, const std::string& shaped, float wrap_width) {
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, colour, shaped.data(), shaped.data() + shaped.size(),
              wrap_width);
}

ImU32 style_colour(ImGuiCol c) { return ImGui::GetColorU32(ImGui::GetStyleColorVec4(c)); }

ImU32 card_fill(const Card& card, bool held) {
  if (!card.enabled) return palette::kDisabled;
  ImU32 fill = palette::kCard;
  switch (card.kind) {
    case CardKind::Plain: fill = palette::kCard; break;
    case CardKind::Primary: fill = palette::kAccent; break;
    case CardKind::Selected: fill = palette::kSelected; break;
    case CardKind::Warning: fill = palette::kWarning; break;
  }
  if (!held) return fill;
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(fill);  // pressed: a little darker, as a finger expects
  v.x *= 0.85f, v.y *= 0.85f, v.z *= 0.85f;
  return ImGui::ColorConvertFloat4ToU32(v);
}

ImU32 line_colour(const Card& card, const Line& line) {
  if (!card.enabled) return style_colour(ImGuiCol_TextDisabled);
  if (line.colour) return line.colour;
  return card.kind == CardKind::Primary ? palette::kWhite : style_colour(ImGuiCol_Text);
}

float line_gap() { return std::floor(4 * css_px()); }

}  // namespace

float css_px() { return ImGui::GetFontSize() / kFontPixels; }

float touch_height() { return std::ceil(44 * css_px()); }

void record_item(const std::string& id, UiOutput& out, std::string label) {
  if (ImGui::IsItemActivated()) out.pressed = id;
  record_rect(out, id, ImGui::GetItemRectMin(), ImGui::GetItemRectSize(), std::move(label));
}

void record_rect(UiOutput& out, std::string id, ImVec2 min, ImVec2 size, std::string label) {
  const ImDrawList* window = ImGui::GetWindowDrawList();
  const float top = std::max(min.y, window->GetClipRectMin().y);
  const float bottom = std::min(min.y + size.y, window->GetClipRectMax().y);
  out.widgets.push_back({std::move(id), min.x, min.y, size.x, size.y, std::move(label), top, std::max(0.f, bottom - top)});
}

float button_width(std::string_view label) {
  // +1: the label must not wrap inside its own button through rounding
  return std::max(touch_height(), std::ceil(text_size(shape_thai(label), 0).x + ImGui::GetStyle().FramePadding.x * 2 + 1));
}

bool button(std::string_view label, const std::string& id, UiOutput& out, bool enabled) {
  const Card card{id, {{std::string(label), 0}}, enabled, CardKind::Primary};
  return card_button(card, out, button_width(label), touch_height());
}

namespace {

// A card's lines shaped and measured once per frame: shaping and wrapping are most of a list's cost.
struct CardLayout {
  std::vector<std::string> shaped;
  std::vector<float> heights;
  float height = 0;
};

CardLayout layout_card(const Card& card, float width) {
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const float wrap = width - pad.x * 2;
  CardLayout l;
  float h = pad.y * 2;
  for (size_t i = 0; i < card.lines.size(); ++i) {
    l.shaped.push_back(shape_thai(card.lines[i].text));
    l.heights.push_back(text_size(l.shaped.back(), wrap).y);
    h += l.heights.back() + (i ? line_gap() : 0);
  }
  l.height = std::ceil(h);
  return l;
}

}  // namespace

float card_height(const Card& card, float width) { return layout_card(card, width).height; }

bool card_button(const Card& card, UiOutput& out, float width, float min_height) {
  const ImGuiStyle& style = ImGui::GetStyle();
  if (width <= 0) width = std::floor(ImGui::GetContentRegionAvail().x);
  const CardLayout layout = layout_card(card, width);
  const ImVec2 size(width, std::max({layout.height, min_height, touch_height()}));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::BeginDisabled(!card.enabled);
  const bool clicked = ImGui::InvisibleButton(card.id.c_str(), size);
  const bool held = ImGui::IsItemActive();
  ImGui::EndDisabled();
  std::string label;
  for (const Line& line : card.lines) label += (label.empty() ? "" : "\n") + line.text;
  record_item(card.id, out, std::move(label));

  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  if (!ImGui::IsRectVisible(pos, end)) return clicked && card.enabled;  // scrolled out of view: nothing to draw
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, end, card_fill(card, held), style.FrameRounding);
  if (card.kind != CardKind::Primary || !card.enabled)
    dl->AddRect(pos, end, palette::kCardBorder, style.FrameRounding, 0, std::max(1.0f, std::floor(css_px())));
  const float wrap = width - style.FramePadding.x * 2;
  // One line of text sits in the middle; several start at the top padding.
  float y = pos.y + std::max(style.FramePadding.y, (size.y - layout.height) / 2 + style.FramePadding.y);
  for (size_t i = 0; i < card.lines.size(); ++i) {
    draw_text(dl, ImVec2(pos.x + style.FramePadding.x, std::floor(y)), line_colour(card, card.lines[i]),
              layout.shaped[i], wrap);
    y += layout.heights[i] + line_gap();
  }
  return clicked && card.enabled;
}

bool wide_button(std::string_view label, const std::string& id, UiOutput& out, bool enabled) {
  return card_button(Card{id, {{std::string(label), 0}}, enabled, CardKind::Primary}, out);
}

int grid_columns(float min_css_width, int at_least) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  return std::max(at_least, static_cast<int>((avail + spacing) / (min_css_width * css_px() + spacing)));
}

int card_grid(const std::vector<Card>& cards, int columns, UiOutput& out) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = std::floor((ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(columns - 1)) /
                                 static_cast<float>(columns));
  int tapped = -1;
  for (size_t row = 0; row < cards.size(); row += static_cast<size_t>(columns)) {
    const size_t end = std::min(cards.size(), row + static_cast<size_t>(columns));
    float height = 0;
    for (size_t i = row; i < end; ++i) height = std::max(height, card_height(cards[i], width));
    for (size_t i = row; i < end; ++i) {
      if (i > row) ImGui::SameLine();
      if (card_button(cards[i], out, width, height)) tapped = static_cast<int>(i);
    }
  }
  return tapped;
}

bool checkbox(std::string_view label, const std::string& id, bool checked, UiOutput& out, std::string_view note) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = std::floor(ImGui::GetContentRegionAvail().x);
  const float box = std::floor(ImGui::GetFontSize() * 1.1f);
  const float text_x = style.FramePadding.x * 2 + box;
  const float wrap = width - text_x - style.FramePadding.x;
  const std::string shaped = shape_thai(label);
  const std::string shaped_note = shape_thai(note);
  const ImVec2 label_size = text_size(shaped, wrap);
  const float note_h = note.empty() ? 0 : text_size(shaped_note, wrap).y + line_gap();
  const float text_h = label_size.y + note_h;
  const ImVec2 size(width, std::max(touch_height(), std::ceil(text_h + style.FramePadding.y * 2)));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::InvisibleButton(id.c_str(), size);
  record_item(id, out, std::string(label));

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b0(pos.x + style.FramePadding.x, std::floor(pos.y + (size.y - box) / 2));
  const ImVec2 b1(b0.x + box, b0.y + box);
  dl->AddRectFilled(b0, b1, checked ? palette::kAccent : palette::kCard, style.FrameRounding / 2);
  dl->AddRect(b0, b1, palette::kAccent, style.FrameRounding / 2, 0, std::max(1.0f, 2 * css_px()));
  if (checked) {
    const ImVec2 tick[] = {{b0.x + box * 0.22f, b0.y + box * 0.52f},
                           {b0.x + box * 0.42f, b0.y + box * 0.72f},
                           {b0.x + box * 0.80f, b0.y + box * 0.28f}};
    dl->AddPolyline(tick, 3, palette::kWhite, 0, std::max(2.0f, 3 * css_px()));
  }
  const float y = std::floor(pos.y + (size.y - text_h) / 2);
  draw_text(dl, ImVec2(pos.x + text_x, y), style_colour(ImGuiCol_Text), shaped, wrap);
  if (!note.empty())
    draw_text(dl, ImVec2(pos.x + text_x, y + label_size.y + line_gap()), style_colour(ImGuiCol_TextDisabled),
              shaped_note, wrap);
  return clicked;
}

void text_field(const TextFieldSpec& spec, UiOutput& out) {
  const ImGuiStyle& style = ImGui::GetStyle();
  text_wrapped(spec.label);
  const std::string id(field_name(spec.field));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(std::floor(ImGui::GetContentRegionAvail().x),
                    std::max(touch_height(), std::ceil(ImGui::GetFontSize() + style.FramePadding.y * 2)));
  if (ImGui::InvisibleButton(id.c_str(), size)) out.intents.push_back(FocusField{spec.field});
  record_item(id, out, spec.shown.empty() ? std::string(spec.hint) : spec.shown);
  out.text_fields.push_back({out.widgets.back(), spec.value, spec.inputmode, spec.max_length});

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  const ImU32 border = spec.focused ? palette::kAccent : !spec.error.empty() ? palette::kError : palette::kCardBorder;
  dl->AddRectFilled(pos, end, palette::kCard, style.FrameRounding);
  dl->AddRect(pos, end, border, style.FrameRounding, 0, std::max(1.0f, (spec.focused ? 2 : 1) * css_px()));

  const bool empty = spec.shown.empty();
  const std::string shaped = shape_thai(empty ? std::string(spec.hint) : spec.shown);
  const float inner = size.x - style.FramePadding.x * 2;
  const float caret_w = std::max(1.0f, std::floor(2 * css_px()));
  const float text_w = empty ? 0 : text_size(shaped, 0).x;
  // A long value scrolls left so its end, where typing happens, stays in view.
  const float x = pos.x + style.FramePadding.x - std::max(0.0f, text_w + caret_w * 2 - inner);
  const float y = std::floor(pos.y + (size.y - ImGui::GetFontSize()) / 2);
  dl->PushClipRect(ImVec2(pos.x + 1, pos.y + 1), ImVec2(end.x - 1, end.y - 1), true);
  draw_text(dl, ImVec2(std::floor(x), y), style_colour(empty ? ImGuiCol_TextDisabled : ImGuiCol_Text), shaped, 0);
  if (spec.focused) {
    const float cx = std::floor(x + text_w + caret_w);
    dl->AddRectFilled(ImVec2(cx, y), ImVec2(cx + caret_w, y + ImGui::GetFontSize()), palette::kAccent);
  }
  dl->PopClipRect();
  if (spec.error.empty()) return;
  paragraph(spec.error, palette::kError);
  record_item("error_" + id, out, std::string(spec.error));  // read by tests and, later, a screen reader with the field
}

bool load_status(LoadStatus status, std::string_view loading, std::string_view failed, std::string_view detail,
                 std::string_view retry_label, const std::string& retry_id, const Intent& retry, UiOutput& out) {
  switch (status) {
    case LoadStatus::Ready: return false;
    case LoadStatus::Idle:
    case LoadStatus::Loading: paragraph(loading); return true;
    case LoadStatus::Failed:
      paragraph(failed, palette::kError);
      if (!detail.empty()) paragraph(detail);
      if (button(retry_label, retry_id, out)) out.intents.push_back(retry);
      return true;
  }
  return false;
}

}  // namespace khiw::ui
