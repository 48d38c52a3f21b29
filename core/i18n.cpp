#include "core/i18n.h"

#include <array>

namespace khiw {

namespace {

struct Row {
  Msg key;
  std::string_view th, en;
};

// Rows follow the enum order (checked at compile time), so a lookup is a plain index.
constexpr std::array<Row, static_cast<size_t>(Msg::kCount)> kTable{{
    {Msg::AppTitle, "คิว · จองคิวสำนักงานเขต กรุงเทพมหานคร", "khiw · Bangkok district office queue"},
    {Msg::LanguageToggle, "English", "ภาษาไทย"},
    {Msg::OfficesHeading, "สำนักงานเขต", "District offices"},
    {Msg::OfficesLoading, "กำลังโหลดรายชื่อสำนักงานเขต…", "Loading district offices…"},
    {Msg::OfficesLoadFailed, "โหลดรายชื่อสำนักงานเขตไม่สำเร็จ", "Could not load the district offices"},
    {Msg::OfficesCount, "ทั้งหมด {n} แห่ง", "{n} offices"},
    {Msg::OfficeGroup, "กลุ่มเขต", "District group"},
    {Msg::LocationApproximate, "ตำแหน่งโดยประมาณ", "approximate location"},
    {Msg::Retry, "ลองอีกครั้ง", "Try again"},
}};

constexpr bool rows_in_enum_order() {
  for (size_t i = 0; i < kTable.size(); ++i)
    if (static_cast<size_t>(kTable[i].key) != i) return false;
  return true;
}
static_assert(rows_in_enum_order(), "i18n rows must follow the Msg enum order");

}  // namespace

std::string_view tr(Msg key, Lang lang) {
  const Row& row = kTable[static_cast<size_t>(key)];
  return lang == Lang::Th ? row.th : row.en;
}

std::string tr_n(Msg key, Lang lang, long n) {
  std::string text(tr(key, lang));
  if (const size_t at = text.find("{n}"); at != std::string::npos) text.replace(at, 3, std::to_string(n));
  return text;
}

std::string_view lang_code(Lang lang) { return lang == Lang::Th ? "th" : "en"; }

Lang other_lang(Lang lang) { return lang == Lang::Th ? Lang::En : Lang::Th; }

}  // namespace khiw
