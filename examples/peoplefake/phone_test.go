// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"testing"

	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

func TestLibphonenumber(t *testing.T) {
	tests := []struct {
		value, region, want string
	}{
		{"(303) 828-8765", "", "+13038288765"},
		{"(303) 828-8765", "US", "+13038288765"},
		{"5565578853", "MX", "+525565578853"},
		{"+44 20 7946 0958", "US", "+442079460958"},
		{"020 7946 0958", "gb", "+442079460958"},
		{"+1 415-555-0132 ext. 7", "US", "+14155550132"},
		{"+44 (0)20 7946 0958", "", "+442079460958"},
		{"+1 650-253-0000 ext. 12", "", "+16502530000"},
		{"650/253-0000", "", "+16502530000"},
		{"(11) 2345-6789", "BR", "+551123456789"},
		{"555-0100", "US", ""}, // local only: needs an area code
		{"253-0000", "", ""},   // local only
		{"123", "US", ""},
		{"not a number", "US", ""},
		{"", "US", ""},
	}
	for _, tt := range tests {
		if got := peoplefake.Libphonenumber(tt.value, tt.region); got != tt.want {
			t.Errorf("Libphonenumber(%q, %q) = %q, want %q", tt.value, tt.region, got, tt.want)
		}
	}
}

func TestPhoneOptions(t *testing.T) {
	tests := []struct {
		name string
		opts []peoplefake.Option
		want string
	}{
		{"libphonenumber, US", nil, "+15565578853"},
		{"libphonenumber, MX", []peoplefake.Option{peoplefake.WithDefaultRegion("MX")}, "+525565578853"},
		{"built-in rule", []peoplefake.Option{peoplefake.WithPhoneCanonicalizer(nil)}, "+15565578853"},
		{"built-in rule, MX", []peoplefake.Option{peoplefake.WithPhoneCanonicalizer(nil), peoplefake.WithDefaultRegion("MX")}, "+525565578853"},
		{"built-in rule, region without a plan", []peoplefake.Option{peoplefake.WithPhoneCanonicalizer(nil), peoplefake.WithDefaultRegion("BR")}, ""},
		{"libphonenumber, BR", []peoplefake.Option{peoplefake.WithDefaultRegion("BR")}, "+555565578853"},
		{"custom", []peoplefake.Option{peoplefake.WithPhoneCanonicalizer(func(v, r string) string { return "+0" + r })}, "+0US"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, svc := newFake(t, tt.opts...)
			p, err := svc.People.CreateContact(&people.Person{PhoneNumbers: []*people.PhoneNumber{{Value: "556 557 8853"}}}).PersonFields("phoneNumbers").Do()
			if err != nil {
				t.Fatalf("CreateContact: %v", err)
			}
			if got := p.PhoneNumbers[0].CanonicalForm; got != tt.want {
				t.Errorf("canonicalForm %q, want %q", got, tt.want)
			}
		})
	}
}
