[ "tab\there" "nl\nhere" "cr\rhere" "quote\"here" "bs\\here" "dollar\${here}" "plain$" ]
