target_sources(pbvote_core PRIVATE
    record/ByteCodec.h record/ByteCodec.cpp
    record/Records.h record/Records.cpp)
