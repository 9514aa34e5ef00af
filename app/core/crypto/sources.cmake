# Sources of hb::crypto; paths relative to app/.
target_sources(hookbench-core PRIVATE
)
