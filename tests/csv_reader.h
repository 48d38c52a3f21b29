// An RFC 4180 reader for the tests that check the CSV the server and core write: quoted fields with
// doubled quotes, commas and line breaks inside, CRLF row ends.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace khiw::testing {

using CsvRows = std::vector<std::vector<std::string>>;

inline CsvRows parse_csv(std::string_view text) {
  CsvRows rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') cell += c;
      else if (i + 1 < text.size() && text[i + 1] == '"') cell += text[++i];
      else quoted = false;
    } else if (c == '"') {
      if (!cell.empty()) throw std::invalid_argument("quote inside an unquoted field");
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(cell));
      cell.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(std::move(cell));
      cell.clear();
      rows.push_back(std::move(row));
      row.clear();
      ++i;
    } else if (c == '\r' || c == '\n') {
      throw std::invalid_argument("bare line break outside quotes");
    } else {
      cell += c;
    }
  }
  if (quoted || !cell.empty() || !row.empty()) throw std::invalid_argument("last row not ended by CRLF");
  return rows;
}

}  // namespace khiw::testing
