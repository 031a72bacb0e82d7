# benchmark targets
# pbvote-bench: Pabulib parsing speed and every rule's time on real elections, next to
# pabutools' times. Not a test: it reports figures and never fails the build.
set(PBVOTE_DATA_DIR "${CMAKE_SOURCE_DIR}/../shared/data" CACHE PATH
    "Shared data folder (holds pabulib/ with real elections and expected results)")
qt_add_executable(pbvote-bench PabulibBench.cpp)
target_link_libraries(pbvote-bench PRIVATE pbvote_core pbvote_settings)
target_compile_definitions(pbvote-bench PRIVATE PBVOTE_DATA_DIR="${PBVOTE_DATA_DIR}")

# pbvote-kiosk-soak: voters one after another on the real kiosk view (memory and time
# per voter).
qt_add_executable(pbvote-kiosk-soak KioskSoak.cpp)
target_link_libraries(pbvote-kiosk-soak PRIVATE pbvote_kiosk pbvote_kioskplugin pbvote_cli pbvote_settings
    Qt6::Quick Qt6::QuickControls2)

# pbvote-bench-verify: Ed25519 ballot signature checks per second, libsodium's raw rate
# next to crypto::verify and crypto::verifyAll on every core (docs/performance.md).
# Links libsodium itself for the raw loop.
qt_add_executable(pbvote-bench-verify VerifyBench.cpp)
target_link_libraries(pbvote-bench-verify PRIVATE pbvote_core pbvote_settings PkgConfig::SODIUM)

# pbvote-bench-json: the canonical-JSON parser (core/audit/CanonicalJson) against
# QJsonDocument parse + compact re-serialisation + compare, MB/s on one core.
qt_add_executable(pbvote-bench-json JsonBench.cpp)
target_link_libraries(pbvote-bench-json PRIVATE pbvote_core pbvote_settings)
