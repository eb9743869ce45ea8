	.file	"partitions.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	partitions
	.type	partitions, @function
partitions:
	beq	a0,zero,.L3
	addi	sp,sp,-32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	mv	s0,a0
	mv	s1,a1
	li	a0,0
	blt	s0,zero,.L1
	ble	a1,zero,.L1
	subw	a0,s0,a1
	call	partitions
	mv	s2,a0
	addiw	a1,s1,-1
	mv	a0,s0
	call	partitions
	add	a0,s2,a0
.L1:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L3:
	li	a0,1
	ret
	.size	partitions, .-partitions
	.section	.note.GNU-stack,"",@progbits
