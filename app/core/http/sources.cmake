# Sources of hb::http; paths relative to app/.
target_sources(hookbench-core PRIVATE
)
