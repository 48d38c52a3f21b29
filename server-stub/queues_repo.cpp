#include "server-stub/queues_repo.h"

namespace khiw::server {

namespace {

std::vector<SectionQueue> read_all(Query& q) {
  std::vector<SectionQueue> out;
  while (q.step()) out.push_back(queue_from_json(q.column_text(0)));
  return out;
}

}  // namespace

QueuesRepo::QueuesRepo(Db& db)
    : find_(db, "SELECT state FROM queues WHERE office_code = ?1 AND section_id = ?2 AND day = ?3"),
      save_(db, "INSERT INTO queues(office_code, section_id, day, state) VALUES(?1, ?2, ?3, ?4) "
                "ON CONFLICT(office_code, section_id, day) DO UPDATE SET state = ?4"),
      on_day_(db, "SELECT state FROM queues WHERE day = ?1"),
      of_office_(db, "SELECT state FROM queues WHERE office_code = ?1 AND day = ?2"),
      between_(db, "SELECT state FROM queues WHERE day BETWEEN ?1 AND ?2 AND (?3 = '' OR office_code = ?3)") {}

std::optional<SectionQueue> QueuesRepo::find(const std::string& office, const std::string& section, Date day) {
  Query q = find_.start();
  if (!q.bind(1, office).bind(2, section).bind(3, iso_date(day)).step()) return std::nullopt;
  return queue_from_json(q.column_text(0));
}

void QueuesRepo::save(const SectionQueue& q) {
  save_.start().bind(1, q.office_code).bind(2, q.section_id).bind(3, iso_date(q.day)).bind(4, queue_to_json(q)).run();
}

std::vector<SectionQueue> QueuesRepo::on_day(Date day) {
  Query q = on_day_.start();
  q.bind(1, iso_date(day));
  return read_all(q);
}

std::vector<SectionQueue> QueuesRepo::of_office(const std::string& office, Date day) {
  Query q = of_office_.start();
  q.bind(1, office).bind(2, iso_date(day));
  return read_all(q);
}

std::vector<std::string> QueuesRepo::documents_between(Date from, Date to, const std::string& office) {
  Query q = between_.start();
  q.bind(1, iso_date(from)).bind(2, iso_date(to)).bind(3, office);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.column_text(0));
  return out;
}

}  // namespace khiw::server
