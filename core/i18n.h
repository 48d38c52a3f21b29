// Every user-visible string, in Thai (first) and English. Screens and server messages look text up here.
#pragma once
#include <string>
#include <string_view>

namespace khiw {

enum class Lang { Th, En };

// Keys are grouped by screen. Add a key here and a row in i18n.cpp; the i18n test fails if either
// language is missing or empty.
enum class Msg {
  AppTitle,
  LanguageToggle,
  OfficesHeading,
  OfficesLoading,
  OfficesLoadFailed,
  OfficesCount,
  OfficeGroup,
  LocationApproximate,
  Retry,
  kCount  // keep last
};

std::string_view tr(Msg key, Lang lang);
// tr() with "{n}" in the text replaced by n.
std::string tr_n(Msg key, Lang lang, long n);

// "th" / "en" for storage and the API.
std::string_view lang_code(Lang lang);
Lang other_lang(Lang lang);

}  // namespace khiw
