# Sources of the community feature of hookbench-ui; paths relative to ui/.
target_sources(hookbench-ui PRIVATE
  community/communitypage.cpp
  community/usersmodel.cpp
)
