# Sources of hb::payload; paths relative to app/.
target_sources(hookbench-core PRIVATE
)
