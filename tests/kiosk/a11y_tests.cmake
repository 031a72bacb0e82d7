# Kiosk display, accessibility, layout and translation checks.
#   TestKioskDisplay        Theme against VVSG 2.0 ch. 7: contrast, cap height, font, targets
#   TestKioskAccessibility  the real QML, every page: names, roles, 9 mm targets, no
#                           sideways overflow at the largest text in every language, Tab
#   TestTranslations        translations/*.ts complete and consistent; switching at run time
find_package(Qt6 REQUIRED COMPONENTS QuickTest)

pbvote_add_test(TestKioskDisplay
    SOURCES kiosk/TestKioskDisplay.cpp
    LIBS pbvote_kiosk pbvote_kioskplugin Qt6::Gui Qt6::Quick Qt6::QuickControls2
    LABELS kiosk)
pbvote_add_test(TestKioskAccessibility
    SOURCES kiosk/TestKioskAccessibility.cpp
    LIBS pbvote_kiosk pbvote_kioskplugin pbvote_test_support pbvote_cli Qt6::Gui Qt6::Quick Qt6::QuickControls2
         Qt6::QuickTest
    LABELS kiosk
    TIMEOUT 900)
pbvote_add_test(TestTranslations
    SOURCES kiosk/TestTranslations.cpp
    LIBS pbvote_kiosk pbvote_kioskplugin Qt6::Gui
    LABELS kiosk)

# pbvote-kiosk started as a program, rightly and wrongly.
pbvote_add_test(TestKioskProgram SOURCES kiosk/TestKioskProgram.cpp LABELS kiosk)
target_compile_definitions(TestKioskProgram PRIVATE PBVOTE_KIOSK_PATH="$<TARGET_FILE:pbvote-kiosk>")
add_dependencies(TestKioskProgram pbvote-kiosk)
