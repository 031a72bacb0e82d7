target_sources(pbvote_cli PRIVATE
    cli/Cli.h cli/Cli.cpp
    cli/CliContext.h cli/CliContext.cpp
    cli/RoundCommands.cpp
    cli/AdminCommands.cpp
    cli/KeyCommands.cpp
    cli/VoteCommands.cpp
    cli/DemoCommand.cpp
    cli/DemoSetup.h cli/DemoSetup.cpp
    cli/BenchCommand.cpp
    cli/VerifyCommand.cpp)
qt_add_resources(pbvote_cli "demo_round"
    PREFIX "/pbvote"
    BASE "${CMAKE_SOURCE_DIR}/resources"
    FILES "${CMAKE_SOURCE_DIR}/resources/demo/round.json"
          "${CMAKE_SOURCE_DIR}/resources/demo/images/p01.png"
          "${CMAKE_SOURCE_DIR}/resources/demo/images/p02.png"
          "${CMAKE_SOURCE_DIR}/resources/demo/images/p04.png"
          "${CMAKE_SOURCE_DIR}/resources/demo/images/p07.png"
          "${CMAKE_SOURCE_DIR}/resources/demo/images/p10.png"
          "${CMAKE_SOURCE_DIR}/resources/demo/images/p11.png")
# pbvote tally --pabulib, pbvote pabulib-info
target_sources(pbvote_cli PRIVATE
    cli/TallyPabulib.h cli/TallyPabulib.cpp)
