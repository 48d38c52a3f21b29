// The office bundle (khiw-office.wasm), loaded at /#counter, /#board/<office> and /#open-data: the whole
// app, counter mode (with the day summary), the hall's board and the open-data page included.
#include <optional>

#include "shell/announcer.h"
#include "shell/event_stream.h"
#include "shell/scanner.h"
#include "shell/web_app.h"
#include "ui/office_screens.h"

namespace {

using namespace khiw;

// The office's event stream while the desk or the board shows, the scanner's files from the first
// counter-mode screen, the camera while a screen shows its preview box.
void sync_office(const AppState& s, const ui::UiOutput& out, float pixel_ratio, std::vector<Intent>& inbox) {
  if (const std::string board = board_stream_path(s.board, s.nav); !board.empty())
    shell::event_stream_sync(board, {.state = [&inbox](bool connected) { inbox.push_back(BoardStreamState{connected}); },
                                     .changed = [&inbox] { inbox.push_back(BoardStreamEvent{}); }});
  else
    shell::event_stream_sync(counter_stream_path(s.counter, s.nav, s.now),
                             {.state = [&inbox](bool connected) { inbox.push_back(CounterStreamState{connected}); },
                              .changed = [&inbox] { inbox.push_back(CounterStreamEvent{}); }});
  if (in_counter_mode(s.nav)) shell::scanner_prepare();
  std::optional<shell::ScannerRect> camera;
  if (out.camera) {
    const float r = pixel_ratio;
    camera = shell::ScannerRect{out.camera->x / r, out.camera->y / r, out.camera->w / r, out.camera->h / r};
  }
  shell::scanner_sync(camera, {.code = [&inbox](std::string text) { inbox.push_back(CodeScanned{std::move(text)}); },
                               .failed = [&inbox](std::string code) { inbox.push_back(ScannerFailed{std::move(code)}); }});
}

void announce(const AnnounceCall& e) { shell::announce_call(e.ticket, e.counter, e.speech_th); }

const shell::OfficeShell kOfficeShell{&kOfficePart, ui::draw_office_screen, sync_office, announce};

}  // namespace

int main() { return shell::run_web_app(&kOfficeShell); }
