# `send --negative` (SPEC §7)
target_sources(hb-cli PRIVATE core/cli/sendnegativecommand.cpp)
