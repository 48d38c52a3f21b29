#include "server-stub/ratings_repo.h"

namespace khiw::server {

RatingsRepo::RatingsRepo(Db& db)
    : exists_(db, "SELECT COUNT(*) FROM ratings WHERE subject_key = ?1"),
      insert_(db, "INSERT INTO ratings(subject_key, office_code, section_id, day, stars, comment, created_at) "
                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
      between_(db, "SELECT office_code, section_id, day, stars, comment FROM ratings "
                   "WHERE day BETWEEN ?1 AND ?2 AND (?3 = '' OR office_code = ?3) "
                   "ORDER BY day, office_code, rowid") {}

bool RatingsRepo::exists(const std::string& subject_key) {
  return exists_.start().bind(1, subject_key).single_int() > 0;
}

void RatingsRepo::insert(const std::string& subject_key, const Rating& r, UnixSeconds now) {
  insert_.start()
      .bind(1, subject_key)
      .bind(2, r.office_code)
      .bind(3, r.section_id)
      .bind(4, iso_date(r.day))
      .bind(5, r.stars)
      .bind(6, r.comment)
      .bind(7, now)
      .run();
}

std::vector<Rating> RatingsRepo::between(Date from, Date to, const std::string& office) {
  std::vector<Rating> out;
  Query q = between_.start();
  q.bind(1, iso_date(from)).bind(2, iso_date(to)).bind(3, office);
  while (q.step())
    out.push_back({q.column_text(0), q.column_text(1), parse_iso_date(q.column_text(2)).value_or(Date{}),
                   static_cast<int>(q.column_int(3)), q.column_text(4)});
  return out;
}

}  // namespace khiw::server
