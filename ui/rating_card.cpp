#include "ui/rating_card.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/rating.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

constexpr ImU32 kStarGold = IM_COL32(222, 150, 0, 255);
constexpr float kStarCssPx = 64;
constexpr float kPi = 3.14159265f;

// A five-pointed star in the middle of [min, max]: filled when chosen, else its outline. Drawn, not a
// glyph: the app's font has no star.
void draw_star(ImVec2 min, ImVec2 max, bool filled) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 c((min.x + max.x) / 2, (min.y + max.y) / 2);
  const float r = std::min(max.x - min.x, max.y - min.y) * 0.4f;
  ImVec2 points[10];
  for (int i = 0; i < 10; ++i) {
    const float angle = -kPi / 2 + static_cast<float>(i) * kPi / 5;
    const float radius = i % 2 ? r * 0.45f : r;
    points[i] = ImVec2(c.x + std::cos(angle) * radius, c.y + std::sin(angle) * radius);
  }
  dl->AddRect(min, max, palette::kCardBorder, ImGui::GetStyle().FrameRounding);
  if (filled)
    for (int i = 0; i < 10; ++i) dl->AddTriangleFilled(c, points[i], points[(i + 1) % 10], kStarGold);
  dl->AddPolyline(points, 10, filled ? kStarGold : palette::kMuted, ImDrawFlags_Closed, std::max(1.5f, 2 * css_px()));
}

// Five stars in a row, each a big square target; the number tapped, or 0.
int star_row(int chosen, Lang lang, UiOutput& out) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float fit = std::floor((ImGui::GetContentRegionAvail().x - (kMaxStars - 1) * spacing) / kMaxStars);
  const float side = std::min(fit, std::ceil(kStarCssPx * css_px()));
  int tapped = 0;
  for (int n = kMinStars; n <= kMaxStars; ++n) {
    if (n > kMinStars) ImGui::SameLine();
    const std::string id = "rate_star_" + std::to_string(n);
    if (ImGui::InvisibleButton(id.c_str(), ImVec2(side, side))) tapped = n;
    record_item(id, out, tr_n(Msg::RatingStars, lang, n));
    draw_star(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), n <= chosen);
  }
  return tapped;
}

std::string refusal_text(const std::string& code, Lang lang) {
  if (code == "rating_closed") return std::string(tr(Msg::RatingClosed, lang));
  if (code == "not_served") return std::string(tr(Msg::RatingNotServed, lang));
  if (const auto known = error_code_from_name(code)) return std::string(error_message(*known, lang));
  return std::string(tr(Msg::RatingFailed, lang)) + " (" + code + ")";
}

// A line that says what became of the rating, named for tests and screen readers.
void status_line(const std::string& text, ImU32 colour, const char* id, UiOutput& out) {
  paragraph(text, colour);
  record_item(id, out, text);
}

void draw_rating_form(const AppState& state, const RatingCard& card, UiOutput& out) {
  const Lang lang = state.lang;
  const RatingPrompt& p = state.rating;
  const bool typed_here = p.subject == card.subject;
  const int stars = typed_here ? p.stars : 0;
  const std::string comment = typed_here ? p.comment : "";
  paragraph(tr(Msg::RatingHint, lang));
  if (const int n = star_row(stars, lang, out)) out.intents.push_back(RateStars{n});
  text_field({Field::RatingComment, tr(Msg::RatingComment, lang), comment, comment, "", "text", kCommentMaxChars,
              state.flow.focused == Field::RatingComment,
              typed_here && p.comment_refused ? tr(Msg::RatingCommentInvalid, lang) : ""},
             out);
  if (wide_button(tr(Msg::RatingSend, lang), "rating_send", out, stars > 0)) out.intents.push_back(SendRating{});
}

}  // namespace

void draw_rating_card(const AppState& state, UiOutput& out) {
  const RatingCard card = rating_card(state);
  if (!card.mark) return;
  const Lang lang = state.lang;
  const RatingMark& m = *card.mark;
  heading(tr(Msg::RatingHeading, lang));
  if (m.state == RatingState::Rated) {
    status_line(std::string(tr(Msg::RatingThanks, lang)), palette::kOk, "info_rating_thanks", out);
  } else if (m.state == RatingState::Pending) {
    const bool on_its_way = state.rating.sending == card.subject;
    status_line(std::string(tr(on_its_way ? Msg::RatingSending : Msg::RatingWaiting, lang)),
                on_its_way ? 0 : palette::kError, "info_rating_pending", out);
  } else {
    if (!m.refusal.empty()) status_line(refusal_text(m.refusal, lang), palette::kError, "info_rating_refused", out);
    if (card.askable) draw_rating_form(state, card, out);
    if (button(tr(Msg::RatingSkip, lang), "rating_skip", out)) out.intents.push_back(SkipRating{});
  }
  ImGui::Separator();
}

}  // namespace khiw::ui
