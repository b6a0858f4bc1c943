// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
	"github.com/peopleupdate/peopleupdate/person"
)

// TestConcurrentIncrements runs 8 clients that each add one to a userDefined
// counter 10 times by get → modify → update, retrying on FAILED_PRECONDITION,
// while readers check that they only ever see whole states: the counter and
// its mirror, written together, always agree and never go back.
func TestConcurrentIncrements(t *testing.T) {
	const (
		writers    = 8
		increments = 10
		maxTries   = 10000 // per increment: bounded, far above what contention needs
		readers    = 4
		maxReads   = 300 // per reader: enough to overlap the writers, light on the CPU
	)
	seed := peoplefake.Sample()
	cs := seed.ContactSource()
	seed.UserDefined = append(seed.UserDefined, &person.UserDefined{
		Key: "mirror", Value: "0",
		Metadata: &person.FieldMetadata{Source: &person.Source{Type: person.Source_CONTACT, Id: cs.GetId()}},
	})
	srv, ts := fakeclient.NewTestServer(t, peoplefake.WithPeople(seed))
	ctx := context.Background()

	values := func(p *people.Person) (counter, mirror string) {
		for _, u := range p.UserDefined {
			switch u.Key {
			case "counter":
				counter = u.Value
			case "mirror":
				mirror = u.Value
			}
		}
		return counter, mirror
	}

	var (
		wg      sync.WaitGroup
		done    atomic.Bool
		retries atomic.Int64
		errs    = make(chan error, writers+readers)
	)
	for w := range writers {
		// Half the writers go through the listener, half in-process.
		var svc *people.Service
		var err error
		if w%2 == 0 {
			svc, err = fakeclient.NewService(ctx, ts.URL, "")
		} else {
			svc, err = fakeclient.Service(ctx, srv)
		}
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				tries := 0
				for {
					tries++
					if tries > maxTries {
						errs <- fmt.Errorf("writer %d: increment %d: no success in %d tries", w, i, maxTries)
						return
					}
					p, err := svc.People.Get(sampleName).PersonFields("userDefined").Do()
					if err != nil {
						errs <- fmt.Errorf("writer %d: Get: %v", w, err)
						return
					}
					c, _ := values(p)
					n, err := strconv.Atoi(c)
					if err != nil {
						errs <- fmt.Errorf("writer %d: counter %q", w, c)
						return
					}
					v := strconv.Itoa(n + 1)
					p.UserDefined = []*people.UserDefined{{Key: "counter", Value: v}, {Key: "mirror", Value: v}}
					_, err = svc.People.UpdateContact(sampleName, p).UpdatePersonFields("userDefined").PersonFields("userDefined").Do()
					if err == nil {
						break
					}
					if !isStale(err) {
						errs <- fmt.Errorf("writer %d: UpdateContact: %v", w, err)
						return
					}
					retries.Add(1)
				}
			}
		}()
	}
	var rwg sync.WaitGroup
	for r := range readers {
		svc, err := fakeclient.Service(ctx, srv)
		if err != nil {
			t.Fatal(err)
		}
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			last := -1
			for i := 0; i < maxReads && !done.Load(); i++ {
				p, err := svc.People.Get(sampleName).PersonFields("userDefined").Do()
				if err != nil {
					errs <- fmt.Errorf("reader %d: %v", r, err)
					return
				}
				c, m := values(p)
				n, err := strconv.Atoi(c)
				if err != nil || c != m || n < last {
					errs <- fmt.Errorf("reader %d: saw counter %q mirror %q after %d", r, c, m, last)
					return
				}
				last = n
			}
		}()
	}
	wg.Wait()
	done.Store(true)
	rwg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	final := srv.Person(peoplefake.DefaultUser, sampleName)
	var got []string
	for _, u := range final.GetUserDefined() {
		got = append(got, u.GetKey()+"="+u.GetValue())
	}
	want := fmt.Sprintf("[counter=%d mirror=%d]", writers*increments, writers*increments)
	if fmt.Sprint(got) != want {
		t.Errorf("final userDefined %v, want %s", got, want)
	}
	t.Logf("%d retries on FAILED_PRECONDITION", retries.Load())
}
