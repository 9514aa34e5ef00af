# Sources of hb::store; paths relative to app/.
target_sources(hookbench-core PRIVATE
  core/store/database.cpp
  core/store/schema.cpp
)
