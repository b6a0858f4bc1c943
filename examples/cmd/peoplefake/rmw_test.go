// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"context"
	"strconv"
	"sync"
	"testing"
	"time"

	people "google.golang.org/api/people/v1"
)

// TestCommandReadModifyWrite has 64 clients each add 1 to a contact's
// counter 100 times, by read-modify-write with the etag, retrying each stale
// etag, against the command with -data over loopback. No increment is lost
// and none is counted twice: the counters sum to exactly 6400, each equal to
// its clients' acknowledged increments, and a restart on the same directory
// reads the same values.
func TestCommandReadModifyWrite(t *testing.T) {
	bin := buildCommand(t)
	const (
		clients  = 64
		rounds   = 100
		contacts = 16 // four clients per contact
	)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	c := startCommand(ctx, t, bin, "-quiet", "-data", dir)
	setup := c.service(ctx, t)
	names := make([]string, contacts)
	for i := range names {
		p, err := setup.People.CreateContact(&people.Person{
			UserDefined: []*people.UserDefined{{Key: "counter", Value: "0"}},
		}).Do()
		if err != nil {
			t.Fatal(err)
		}
		names[i] = p.ResourceName
	}
	var (
		mu       sync.Mutex
		acked    = make([]int, contacts) // acknowledged increments by contact
		retries  int
		firstErr error
	)
	var wg sync.WaitGroup
	for w := range clients {
		svc := c.service(ctx, t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := w % contacts
			for range rounds {
				for attempt := 0; ; attempt++ {
					p, err := svc.People.Get(names[k]).PersonFields("userDefined").Context(ctx).Do()
					var n int
					if err == nil {
						n, err = strconv.Atoi(p.UserDefined[0].Value)
					}
					if err == nil {
						p.UserDefined[0].Value = strconv.Itoa(n + 1)
						_, err = svc.People.UpdateContact(names[k], p).UpdatePersonFields("userDefined").Context(ctx).Do()
					}
					mu.Lock()
					switch {
					case err == nil:
						acked[k]++
					case isStale(err):
						retries++
					case firstErr == nil:
						firstErr = err
					}
					mu.Unlock()
					if err == nil {
						break
					}
					if !isStale(err) {
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		t.Fatalf("a client failed: %v", firstErr)
	}
	c.stop(t)

	c2 := startCommand(ctx, t, bin, "-quiet", "-data", dir)
	defer c2.stop(t)
	svc := c2.service(ctx, t)
	total := 0
	for k, name := range names {
		p, err := svc.People.Get(name).PersonFields("userDefined").Do()
		if err != nil {
			t.Fatal(err)
		}
		got, _ := strconv.Atoi(p.UserDefined[0].Value)
		if want := clients / contacts * rounds; got != want || acked[k] != want {
			t.Errorf("%s: counter %d, %d acknowledged increments; want %d", name, got, acked[k], want)
		}
		total += got
	}
	if total != clients*rounds {
		t.Errorf("counters sum to %d, want %d", total, clients*rounds)
	}
	t.Logf("%d increments, %d stale etags retried", total, retries)
}
