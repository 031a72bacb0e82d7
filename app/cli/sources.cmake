target_sources(pbvote_cli PRIVATE
    cli/Cli.h cli/Cli.cpp)
