# GUI tests that drive the real kiosk QML (see tests/kiosk/*.cpp).
#
# TestKioskFlow:       a whole vote by touch/click for each voting method (what is stored
#                      equals what the review screen showed), a keyboard-only vote,
#                      nothing stored before "Cast my vote", project texts in the voter's
#                      language, and district codes getting their district's ballot.
# TestKioskFlowGuards: refusals and resets: over-budget picks, idle time-out wiping the
#                      voter's session, the receipt screen clearing itself, used and wrong
#                      and voided access codes (throttled), right-to-left mirroring; and, as
#                      QEXPECT_FAIL checks, product bugs found while writing them (each
#                      XFAIL names the bug; an XPASS means it was fixed: drop the
#                      QEXPECT_FAIL then).
# Both run the kiosk offscreen with the software renderer (label "gui").
find_package(Qt6 REQUIRED COMPONENTS QuickTest)

add_library(pbvote_kiosk_flow_support STATIC kiosk/KioskTestSupport.h kiosk/KioskTestSupport.cpp)
target_include_directories(pbvote_kiosk_flow_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/kiosk)
target_link_libraries(pbvote_kiosk_flow_support
    PUBLIC pbvote_kiosk pbvote_kioskplugin pbvote_test_support pbvote_settings
           Qt6::Quick Qt6::QuickControls2 Qt6::Gui Qt6::Test Qt6::QuickTest)

pbvote_add_test(TestKioskFlow SOURCES kiosk/TestKioskFlow.cpp
    LIBS pbvote_kiosk_flow_support pbvote_kiosk pbvote_kioskplugin pbvote_test_support
         Qt6::Quick Qt6::QuickControls2 Qt6::Gui
    LABELS kiosk gui TIMEOUT 300)
pbvote_add_test(TestKioskFlowGuards SOURCES kiosk/TestKioskFlowGuards.cpp
    LIBS pbvote_kiosk_flow_support pbvote_kiosk pbvote_kioskplugin pbvote_test_support
         Qt6::Quick Qt6::QuickControls2 Qt6::Gui
    LABELS kiosk gui TIMEOUT 300)
