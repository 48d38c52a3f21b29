// Citizens rate a finished service: POST /api/ratings (docs/API.md, Ratings). The proof is what the
// citizen holds (a booking's code and secret, or a walk-in ticket's signed QR payload); the rating is kept
// without it (ratings_repo.h).
#pragma once
#include <nlohmann/json.hpp>

#include "core/rating.h"
#include "server-stub/context.h"
#include "server-stub/http_json.h"

namespace khiw::server {

// {"booking":{"code","secret"}} or {"ticket_qr"}, with "stars" 1..5 and an optional "comment".
// 201 {"rating":{"office_code","section_id","date","stars","comment"}}.
Outcome post_rating(Context& ctx, const nlohmann::json& body);

}  // namespace khiw::server
