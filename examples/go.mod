module github.com/peopleupdate/peopleupdate/examples

go 1.26

replace github.com/peopleupdate/peopleupdate => ../
