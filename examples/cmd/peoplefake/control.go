// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// controlFlags adds the flags of the fake's options that the admin API and
// the other flags do not cover, and returns the function that turns them into
// options once parsed.
func controlFlags(fs *flag.FlagSet) func() ([]peoplefake.Option, error) {
	noAdmin := fs.Bool("no-admin", false, "do not serve the admin API ("+peoplefake.AdminPrefix+"...)")
	requestLog := fs.Int("request-log", peoplefake.DefaultRequestLog, "how many requests the admin API's request list remembers")
	phone := fs.String("phone", "libphonenumber", "phone number canonicalizer: `libphonenumber` or builtin (the core library's rule)")
	now := fs.String("now", "", "start the fake's clock at `RFC3339` time (default: the system clock)")
	var injects listFlag
	fs.Var(&injects, "inject", "fail the next N calls of a method: `METHOD=STATUS[:N]` (e.g. people.updateContact=UNAVAILABLE:2); repeatable")
	return func() ([]peoplefake.Option, error) {
		var opts []peoplefake.Option
		if *noAdmin {
			opts = append(opts, peoplefake.WithoutAdmin())
		}
		opts = append(opts, peoplefake.WithRequestLog(*requestLog))
		switch *phone {
		case "libphonenumber":
		case "builtin":
			opts = append(opts, peoplefake.WithPhoneCanonicalizer(nil))
		default:
			return nil, fmt.Errorf("-phone %q: want libphonenumber or builtin", *phone)
		}
		if *now != "" {
			t, err := time.Parse(time.RFC3339Nano, *now)
			if err != nil {
				return nil, fmt.Errorf("-now %q: want an RFC 3339 time", *now)
			}
			start := time.Now()
			opts = append(opts, peoplefake.WithClock(func() time.Time { return t.Add(time.Since(start)) }))
		}
		for _, in := range injects {
			m, rest, ok := strings.Cut(in, "=")
			status, count, hasCount := strings.Cut(rest, ":")
			n := 1
			if hasCount {
				var err error
				if n, err = strconv.Atoi(count); err != nil || n < 1 {
					ok = false
				}
			}
			if !ok || m == "" || status == "" {
				return nil, fmt.Errorf("-inject %q: want METHOD=STATUS[:N]", in)
			}
			if err := peoplefake.CheckInjection(peoplefake.Method(m), status); err != nil {
				return nil, fmt.Errorf("-inject %q: %v", in, err)
			}
			opts = append(opts, peoplefake.WithErrorInjection(peoplefake.Method(m), status, n))
		}
		return opts, nil
	}
}
