[ [ [ (abort "deep") ] ] ]
