# Targets for third-party code: system packages natively, deps/ sources (via apt-get source) for WASM.

# nlohmann/json: header-only. emcc must never see /usr/include, so it gets a folder with only nlohmann/.
add_library(khiw_json INTERFACE)
if(EMSCRIPTEN)
  target_include_directories(khiw_json SYSTEM INTERFACE "${KHIW_DEPS}/json-include")
else()
  find_package(nlohmann_json 3 REQUIRED)
  target_link_libraries(khiw_json INTERFACE nlohmann_json::nlohmann_json)
endif()

# Dear ImGui core (no backend): the same source tree natively (headless UI tests) and in WASM.
set(IMGUI_DIR "${KHIW_DEPS}/imgui")
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp
  ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
target_compile_options(imgui PRIVATE -w)  # third-party code: its warnings are not ours to fix
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)

# libqrencode from its release tarball.
set(QRENCODE_DIR "${KHIW_DEPS}/qrencode")
add_library(qrencode STATIC
  ${QRENCODE_DIR}/bitstream.c ${QRENCODE_DIR}/mask.c ${QRENCODE_DIR}/mmask.c ${QRENCODE_DIR}/mqrspec.c
  ${QRENCODE_DIR}/qrencode.c ${QRENCODE_DIR}/qrinput.c ${QRENCODE_DIR}/qrspec.c ${QRENCODE_DIR}/rsecc.c
  ${QRENCODE_DIR}/split.c)
target_include_directories(qrencode SYSTEM PUBLIC ${QRENCODE_DIR})
target_compile_options(qrencode PRIVATE -w)
target_compile_definitions(qrencode PRIVATE MAJOR_VERSION=4 MINOR_VERSION=1 MICRO_VERSION=1
  VERSION="4.1.1" STATIC_IN_RELEASE=static)

# GoogleTest: the system library natively; compiled from its source for WASM.
if(EMSCRIPTEN)
  set(GTEST_SRC /usr/src/googletest/googletest)
  add_library(khiw_gtest STATIC ${GTEST_SRC}/src/gtest-all.cc ${GTEST_SRC}/src/gtest_main.cc)
  target_include_directories(khiw_gtest SYSTEM PUBLIC ${GTEST_SRC}/include PRIVATE ${GTEST_SRC})
else()
  find_package(GTest REQUIRED)
  add_library(khiw_gtest INTERFACE)
  target_link_libraries(khiw_gtest INTERFACE GTest::gtest_main)
endif()

# A target's files compile in batches (one translation unit per 8 files): json's, gtest's and ImGui's headers
# are read and their templates instantiated once per batch instead of once per file (test files: 2.5x less
# compiler time). The price: file-local names must differ between the files of a target.
function(khiw_compile_in_batches target)
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
endfunction()

# Registers a GoogleTest binary with CTest; WASM ones run under node (see TOOLCHAIN.md for the flags).
function(khiw_add_gtest name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE khiw_gtest)
  # The code under test (the libraries) keeps its optimisation; the test files themselves compile in half
  # the time unoptimised (gtest's and json's templates), which keeps the clean-clone test command short.
  if(NOT EMSCRIPTEN)
    target_compile_options(${name} PRIVATE -O0)
  endif()
  khiw_compile_in_batches(${name})
  # Tests read reference data from the source tree (NODERAWFS gives WASM tests the real filesystem).
  target_compile_definitions(${name} PRIVATE KHIW_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  if(EMSCRIPTEN)
    target_link_options(${name} PRIVATE -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1 -sNODERAWFS=1)
    add_test(NAME ${name} COMMAND /usr/bin/node $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
endfunction()
