// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import "testing"

func TestCamelWords(t *testing.T) {
	for in, want := range map[string]string{
		"home":           "Home",
		"workFax":        "Work Fax",
		"googleVoice":    "Google Voice",
		"appInstallPage": "App Install Page",
		"loginId":        "Login Id",
		"referredBy":     "Referred By",
		"":               "",
	} {
		if got := camelWords(in); got != want {
			t.Errorf("camelWords(%q) = %q, want %q", in, got, want)
		}
	}
}
