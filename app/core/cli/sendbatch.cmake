# `send --batch` (SPEC §7)
target_sources(hb-cli PRIVATE core/cli/sendbatchcommand.cpp)
