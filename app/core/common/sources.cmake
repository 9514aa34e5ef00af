# Sources of hb::common; paths relative to app/.
target_sources(hookbench-core PRIVATE
)
