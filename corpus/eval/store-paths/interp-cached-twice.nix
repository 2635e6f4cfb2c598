let p = ./fixtures/plain.txt; in [ "${p}" "${p}" ("${p}" == "${./fixtures/plain.txt}") ]
