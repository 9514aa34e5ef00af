# Sources of hookbench-ui; paths relative to ui/.
target_sources(hookbench-ui PRIVATE
  application.cpp
  views/mainwindow.cpp
)
