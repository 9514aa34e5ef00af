# Sources of the community feature of hookbench-ui; paths relative to ui/.
set(hb_community_sources
  community/communitypage.cpp
  community/userimport.cpp
  community/usersmodel.cpp
)
target_sources(hookbench-ui PRIVATE ${hb_community_sources})
