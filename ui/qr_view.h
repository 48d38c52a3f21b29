// A ticket's QR code as counter scanners read it: black on white, whole-pixel modules, quiet zone.
#pragma once
#include <string>

#include "core/qr_matrix.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Whole-pixel module size for the QR with its quiet zone in `avail` pixels.
float module_pixels(const QrMatrix& qr, float avail);
// Draws at the cursor and records the square under `id`.
void draw_qr(const QrMatrix& qr, float module, const std::string& id, UiOutput& out);

}  // namespace khiw::ui
