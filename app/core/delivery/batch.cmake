# (filled by the feature's work)
