# Sources of the community feature of hookbench-ui; paths relative to ui/.
set(hb_community_sources
  community/communitypage.cpp
  community/userimport.cpp
  community/usersmodel.cpp
  community/userspanel.cpp
  community/userdialog.cpp
  community/setvaluedialog.cpp
  community/fieldvalueeditor.cpp
  community/fieldsmodel.cpp
  community/fieldspanel.cpp
  community/fielddialog.cpp
)
target_sources(hookbench-ui PRIVATE ${hb_community_sources})
# The user view ("what happened to this user?") and the channels view.
target_sources(hookbench-ui PRIVATE
  community/channelsview.cpp
  community/userview.cpp
  community/userviewmodel.cpp
  community/userviewrows.cpp
  community/userviewtable.cpp
)
